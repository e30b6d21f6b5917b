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

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;

/**
 * Loaded aggregates kept with strong references, the least recently used dropped beyond a bound. A weak
 * cache lost the disciplines at every garbage collection under load, and each command then replayed
 * thousands of marks; a dropped aggregate is only replayed once more.
 * <p>
 * When other nodes write to the same event store, a kept aggregate may be behind: a command answered from it
 * without writing an event (a mark "unchanged", a refusal) would answer from a state that is no longer true. So
 * there an entry is used only while its version is the aggregate's last stored sequence number (one indexed
 * query); one that is behind is brought up to date with the events stored after it (a discipline that judges on
 * two nodes mark is behind at nearly every command, and a reload would replay all of its thousands of marks). A
 * command that still meets a newer event when it appends fails on the unique key and is retried.
 */
final class BoundedAggregateCache implements Cache {

    /** Axon's cache entry keeps the version it was stored with, and the aggregate it was made of, to itself. */
    private static final VarHandle ENTRY_VERSION;
    private static final VarHandle ENTRY_AGGREGATE;

    static {
        try {
            MethodHandles.Lookup entry = MethodHandles.privateLookupIn(AggregateCacheEntry.class, MethodHandles.lookup());
            ENTRY_VERSION = entry.findVarHandle(AggregateCacheEntry.class, "version", Long.class);
            ENTRY_AGGREGATE = entry.findVarHandle(AggregateCacheEntry.class, "aggregate", EventSourcedAggregate.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The events stored for an aggregate from a sequence number on. */
    interface StoredEvents {
        Optional<Long> lastSequenceNumber(String aggregateId);

        DomainEventStream from(String aggregateId, long firstSequenceNumber);
    }

    private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();
    private final LinkedHashMap<Object, Object> entries;
    /** Null when no other node writes to the store. */
    private final StoredEvents stored;

    /** For an event store no other node writes to. */
    BoundedAggregateCache(int maxEntries) {
        this(maxEntries, null);
    }

    BoundedAggregateCache(int maxEntries, StoredEvents stored) {
        this.stored = stored;
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
        if (value instanceof AggregateCacheEntry<?> entry && stored != null) {
            Long version = (Long) ENTRY_VERSION.get(entry);
            // Outside the lock: the query must not hold up commands on other aggregates.
            Long last = stored.lastSequenceNumber(key.toString()).orElse(null);
            if (!Objects.equals(version, last)) {
                AggregateCacheEntry<?> caughtUp = caughtUp(key.toString(), entry, version);
                replaceIfSame(key, value, caughtUp);
                return (V) caughtUp;
            }
        }
        return (V) value;
    }

    /**
     * The kept aggregate with the events stored after its version applied, as a load applies them after a
     * snapshot; null (a full load) when it cannot be. The repository holds the aggregate's lock meanwhile.
     */
    private AggregateCacheEntry<?> caughtUp(String aggregateId, AggregateCacheEntry<?> entry, Long version) {
        EventSourcedAggregate<?> aggregate = (EventSourcedAggregate<?>) ENTRY_AGGREGATE.get(entry);
        if (aggregate == null || version == null) {
            return null;
        }
        try {
            aggregate.initializeState(stored.from(aggregateId, version + 1));
            return new AggregateCacheEntry<>(aggregate);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private synchronized Object kept(Object key) {
        Object value = entries.get(key);
        if (value != null) {
            tell(listener -> listener.onEntryRead(key, value));
        }
        return value;
    }

    private synchronized void replaceIfSame(Object key, Object value, Object replacement) {
        if (entries.get(key) == value) {
            if (replacement == null) {
                remove(key);
            } else {
                put(key, replacement);
            }
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
