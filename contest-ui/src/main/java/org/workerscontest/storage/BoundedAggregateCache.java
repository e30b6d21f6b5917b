package org.workerscontest.storage;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;

/**
 * Loaded aggregates kept with strong references, the least recently used dropped beyond a bound. A weak
 * cache lost the disciplines at every garbage collection under load, and each command then replayed
 * thousands of marks; a dropped aggregate is only replayed once more.
 * <p>
 * When other nodes write to the same event store, a kept aggregate may be behind: a command answered from it
 * without writing an event (a mark "unchanged", a refusal) would answer from a state that is no longer true. So
 * there an entry is used only while its version is the aggregate's last stored sequence number (one indexed
 * query); a command that still meets a newer event when it appends fails on the unique key and is retried.
 */
final class BoundedAggregateCache implements Cache {

    /** Axon's cache entry keeps the version it was stored with to itself. */
    private static final VarHandle ENTRY_VERSION;

    static {
        try {
            ENTRY_VERSION = MethodHandles.privateLookupIn(AggregateCacheEntry.class, MethodHandles.lookup())
                    .findVarHandle(AggregateCacheEntry.class, "version", Long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();
    private final LinkedHashMap<Object, Object> entries;
    /** The aggregate's last stored sequence number, or null when no other node writes to the store. */
    private final Function<String, Optional<Long>> storedVersion;

    /** For an event store no other node writes to. */
    BoundedAggregateCache(int maxEntries) {
        this(maxEntries, null);
    }

    BoundedAggregateCache(int maxEntries, Function<String, Optional<Long>> storedVersion) {
        this.storedVersion = storedVersion;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                boolean full = size() > maxEntries;
                if (full) {
                    BoundedAggregateCache.this.tell(listener -> listener.onEntryExpired(eldest.getKey()));
                }
                return full;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object value = kept(key);
        if (value instanceof AggregateCacheEntry<?> entry && storedVersion != null && !current(key, entry)) {
            removeIfSame(key, value);
            return null;
        }
        return (V) value;
    }

    private synchronized Object kept(Object key) {
        Object value = entries.get(key);
        if (value != null) {
            tell(listener -> listener.onEntryRead(key, value));
        }
        return value;
    }

    /** Outside the lock: the query must not hold up commands on other aggregates. */
    private boolean current(Object key, AggregateCacheEntry<?> entry) {
        Long version = (Long) ENTRY_VERSION.get(entry);
        return Objects.equals(version, storedVersion.apply(key.toString()).orElse(null));
    }

    private synchronized void removeIfSame(Object key, Object value) {
        if (entries.get(key) == value) {
            remove(key);
        }
    }

    @Override
    public synchronized void put(Object key, Object value) {
        Object previous = entries.put(key, value);
        tell(previous == null ? listener -> listener.onEntryCreated(key, value)
                : listener -> listener.onEntryUpdated(key, value));
    }

    @Override
    public synchronized boolean putIfAbsent(Object key, Object value) {
        if (entries.containsKey(key)) {
            return false;
        }
        put(key, value);
        return true;
    }

    @Override
    public synchronized boolean remove(Object key) {
        boolean removed = entries.remove(key) != null;
        if (removed) {
            tell(listener -> listener.onEntryRemoved(key));
        }
        return removed;
    }

    @Override
    public synchronized void removeAll() {
        List.copyOf(entries.keySet()).forEach(this::remove);
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void tell(Consumer<EntryListener> event) {
        listeners.forEach(event);
    }
}
