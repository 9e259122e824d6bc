using IBok.GraphQL.Application.CustomerReads;

namespace IBok.GraphQL.Tests.Application.CustomerReads;

/// <summary>Values derived from one customer's rows are derived once, per argument, and never shared with other rows.</summary>
public sealed class CustomerRowsTests
{
    private static int _sumsDerived;

    private static readonly CustomerDerivation<int, string> Sum = new(rows =>
    {
        Interlocked.Increment(ref _sumsDerived);
        return "sum " + rows.Sum();
    });

    private static readonly CustomerDerivation<int, DateOnly, string> CountOnDay = new((rows, day) => $"{rows.Count} rows on {day:yyyy-MM-dd}");

    [Fact]
    public void Derived_AskedTwice_DerivesOnceAndReturnsTheSameValue()
    {
        var rows = new CustomerRows<int>(7, [1, 2, 3]);
        var before = Volatile.Read(ref _sumsDerived);

        var first = rows.Derived(Sum);
        var second = rows.Derived(Sum);

        Assert.Equal("sum 6", first);
        Assert.Same(first, second);
        Assert.Equal(1, Volatile.Read(ref _sumsDerived) - before);
    }

    [Fact]
    public void Derived_OtherCustomersRowsWithTheSameValues_DerivesTheirOwn()
    {
        var ofA = new CustomerRows<int>(1, [5]);
        var ofB = new CustomerRows<int>(2, [5]);
        var empty = new CustomerRows<int>(3, []);

        var derivedOfA = ofA.Derived(Sum);
        var derivedOfB = ofB.Derived(Sum);

        Assert.Equal(("sum 5", "sum 5", "sum 0"), (derivedOfA, derivedOfB, empty.Derived(Sum)));
        Assert.NotSame(derivedOfA, derivedOfB);
    }

    [Fact]
    public void DerivedWithArgument_NewDayThenTheFirstDayAgain_DerivesForEachDay()
    {
        var rows = new CustomerRows<int>(7, [1, 2]);

        var monday = rows.Derived(CountOnDay, new DateOnly(2026, 3, 16));
        var mondayAgain = rows.Derived(CountOnDay, new DateOnly(2026, 3, 16));
        var tuesday = rows.Derived(CountOnDay, new DateOnly(2026, 3, 17));
        var mondayLate = rows.Derived(CountOnDay, new DateOnly(2026, 3, 16));

        Assert.Same(monday, mondayAgain);
        Assert.Equal("2 rows on 2026-03-16", monday);
        Assert.Equal("2 rows on 2026-03-17", tuesday);
        Assert.Equal("2 rows on 2026-03-16", mondayLate);
        Assert.Equal([1, 2], rows.ToArray());
    }
}
