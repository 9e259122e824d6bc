using System.Collections;

namespace IBok.GraphQL.Application.CustomerReads;

/// <summary>
/// One customer's rows of one kind, as a customer-scoped loader returns them, with the values derived from them
/// (dictionaries, sorted lists, a rebuilt ledger) kept beside them. Read-only: the rows and what is derived may be
/// shared by every request that reads the same cached rows (<see cref="CustomerReadCache"/>).
/// </summary>
/// <remarks>
/// A derived value is a pure function of the rows (and of an argument such as today's date or another kind's derived
/// value), so it is as fresh as the rows: rows loaded under a newer <c>data_version</c> are a new
/// <see cref="CustomerRows{TRow}"/> with nothing derived yet. Each customer's rows are their own object, so customers
/// never share derived state.
/// </remarks>
/// <typeparam name="TRow">The row type.</typeparam>
public sealed class CustomerRows<TRow> : IReadOnlyList<TRow>
{
    private readonly TRow[] _rows;
    private readonly Lock _gate = new();

    // Copy-on-write: readers take the array without a lock; a derivation is stored by replacing it.
    private Slot[] _slots = [];

    /// <summary>Wraps <paramref name="rows"/>, which nobody changes afterwards.</summary>
    internal CustomerRows(long customerId, TRow[] rows)
    {
        CustomerId = customerId;
        _rows = rows;
    }

    /// <summary>The customer the rows belong to.</summary>
    public long CustomerId { get; }

    /// <inheritdoc />
    public int Count => _rows.Length;

    /// <inheritdoc />
    public TRow this[int index] => _rows[index];

    /// <summary>The rows, without copying.</summary>
    public ReadOnlySpan<TRow> AsSpan() => _rows;

    /// <summary>The value <paramref name="derivation"/> derives from these rows: derived on first use, then reused.</summary>
    public TDerived Derived<TDerived>(CustomerDerivation<TRow, TDerived> derivation)
    {
        ArgumentNullException.ThrowIfNull(derivation);
        foreach (var slot in Volatile.Read(ref _slots))
        {
            if (ReferenceEquals(slot.Derivation, derivation))
            {
                return (TDerived)slot.Value!;
            }
        }

        return (TDerived)Store(derivation, null, derivation.Derive(this)).Value!;
    }

    /// <summary>
    /// The value <paramref name="derivation"/> derives from these rows and <paramref name="argument"/> (e.g. today's
    /// date): reused while the argument is equal, derived anew when it changes. One argument is kept per derivation.
    /// </summary>
    public TDerived Derived<TArgument, TDerived>(CustomerDerivation<TRow, TArgument, TDerived> derivation, TArgument argument)
        where TArgument : notnull
    {
        ArgumentNullException.ThrowIfNull(derivation);
        foreach (var slot in Volatile.Read(ref _slots))
        {
            if (ReferenceEquals(slot.Derivation, derivation)
                && slot.Argument is TArgument known
                && EqualityComparer<TArgument>.Default.Equals(known, argument))
            {
                return (TDerived)slot.Value!;
            }
        }

        return (TDerived)Store(derivation, argument, derivation.Derive(this, argument)).Value!;
    }

    /// <summary>Enumerates the rows without allocating.</summary>
    public ReadOnlySpan<TRow>.Enumerator GetEnumerator() => new ReadOnlySpan<TRow>(_rows).GetEnumerator();

    IEnumerator<TRow> IEnumerable<TRow>.GetEnumerator() => ((IEnumerable<TRow>)_rows).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _rows.GetEnumerator();

    /// <summary>
    /// Keeps <paramref name="value"/> unless a concurrent request stored the same derivation with an equal argument
    /// first (then returns that one, so every reader sees one value).
    /// </summary>
    private Slot Store(object derivation, object? argument, object? value)
    {
        lock (_gate)
        {
            var slots = _slots;
            for (var i = 0; i < slots.Length; i++)
            {
                if (ReferenceEquals(slots[i].Derivation, derivation))
                {
                    if (Equals(slots[i].Argument, argument))
                    {
                        return slots[i];
                    }

                    var replaced = (Slot[])slots.Clone();
                    replaced[i] = new Slot(derivation, argument, value);
                    Volatile.Write(ref _slots, replaced);
                    return replaced[i];
                }
            }

            var added = new Slot[slots.Length + 1];
            slots.CopyTo(added, 0);
            added[^1] = new Slot(derivation, argument, value);
            Volatile.Write(ref _slots, added);
            return added[^1];
        }
    }

    private sealed record Slot(object Derivation, object? Argument, object? Value);
}

/// <summary>
/// A value derived from one customer's rows of one kind (see <see cref="CustomerRows{TRow}.Derived{TDerived}"/>).
/// Keep one instance per derivation (a static field): the instance is the key under which the value is kept.
/// </summary>
/// <typeparam name="TRow">The row type.</typeparam>
/// <typeparam name="TDerived">The derived value; it must be immutable, since requests share it.</typeparam>
/// <param name="derive">Derives the value; a pure function of the rows.</param>
public sealed class CustomerDerivation<TRow, TDerived>(Func<CustomerRows<TRow>, TDerived> derive)
{
    internal TDerived Derive(CustomerRows<TRow> rows) => derive(rows);
}

/// <summary>
/// A value derived from one customer's rows of one kind and an argument, such as today's date or a value derived from
/// another kind of rows (compared by <see cref="EqualityComparer{T}.Default"/>: by reference for classes without
/// their own equality). See <see cref="CustomerRows{TRow}.Derived{TArgument, TDerived}"/>.
/// </summary>
/// <typeparam name="TRow">The row type.</typeparam>
/// <typeparam name="TArgument">The argument.</typeparam>
/// <typeparam name="TDerived">The derived value; it must be immutable, since requests share it.</typeparam>
/// <param name="derive">Derives the value; a pure function of the rows and the argument.</param>
public sealed class CustomerDerivation<TRow, TArgument, TDerived>(Func<CustomerRows<TRow>, TArgument, TDerived> derive)
{
    internal TDerived Derive(CustomerRows<TRow> rows, TArgument argument) => derive(rows, argument);
}
